"""The app's routes, one module per page: `home` (articles, search), `articles`,
`sources`, `quantities`, `analyse` (the form) and `api` (JSON under `/api`)."""

from __future__ import annotations

__all__: list[str] = []
