"""The analytic-functions tab: gradient descent on f(x) or f(x, y)."""

from .tab import AnalyticTab

__all__ = ["AnalyticTab"]
