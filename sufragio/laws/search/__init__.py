"""Article search over the bundled Mexican electoral and data-protection laws (no Django)."""

from sufragio.laws.search.engine import ArticleSearcher, SearchConfig, SearchHit, get_searcher

__all__ = ["ArticleSearcher", "SearchConfig", "SearchHit", "get_searcher"]
