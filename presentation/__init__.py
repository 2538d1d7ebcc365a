"""What dashboard and exports show, free of Streamlit: scope, language, transforms, charts."""
