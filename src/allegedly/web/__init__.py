"""The web page and REST API (`allegedly serve`): a thin FastAPI adapter over analyze()."""
