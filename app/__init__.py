"""Dashboard support: data access, filters, translations, pure transforms and chart builders."""
