"""The learning-rate tab: a sweep of K learning rates in worker processes, and the range test."""

from .tab import LearningRateTab

__all__ = ["LearningRateTab"]
