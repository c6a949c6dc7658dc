"""The NumPy engine: pure NumPy, no Qt and no file I/O (DESIGN §1)."""

from .activations import ACTIVATIONS, get_activation
from .losses import LOSSES, get_loss
from .network import Network, Trace
from .training import Progress, TrainData, Trainer, TrainingSettings, train

__all__ = ["ACTIVATIONS", "LOSSES", "Network", "Progress", "Trace", "TrainData", "Trainer",
           "TrainingSettings", "get_activation", "get_loss", "train"]
