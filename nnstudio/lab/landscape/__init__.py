"""The loss-landscape tab: the network's training loss over a plane and along one weight."""

from .tab import LandscapeTab

__all__ = ["LandscapeTab"]
