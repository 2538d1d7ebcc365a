"""Streamlit glue: cached warehouse access, sign-in, review controls, page chrome."""
