"""The data the training uses: the document's dataset block, loaded once per change (or data given
directly), and whether it can train a network."""

from __future__ import annotations

from nnstudio.engine.text import translate
from nnstudio.engine.training import TrainData
from nnstudio.io.dataset_block import LoadedData, block_or_default, load

from .adapt import semantic_problem
from .evaluation import targets


class DataSource:
    """``data`` (None when it cannot load) and ``error`` (why)."""

    def __init__(self):
        self.data: LoadedData | None = None
        self.error = ""
        self._block = None

    def ensure(self, dataset_block) -> bool:
        """Load the block when it changed since the last call; True when it was (re)loaded."""
        block = block_or_default(dataset_block)
        if block == self._block and (self.data is not None or self.error):
            return False
        self._block = block
        try:
            self.data, self.error = load(block), ""
        except (ValueError, OSError) as exc:
            self.data, self.error = None, str(exc)
        return True

    def use(self, data: LoadedData, dataset_block) -> None:
        """Train on ``data`` instead of ``dataset_block`` until the block changes."""
        self.data, self.error = data, ""
        self._block = block_or_default(dataset_block)

    def fit_problem(self, net) -> str:
        """Why the data cannot train ``net`` ('' when it can)."""
        data = self.data
        if data is None:
            return self.error or translate("Training", "no data")
        if data.n_inputs != net.n_inputs:
            inputs, neurons = data.n_inputs, net.n_inputs
            return (translate("Training", "the data has %n input(s)", None, inputs)
                    + translate("Training", " but the network has %n input neuron(s)", None, neurons))
        try:
            targets(data, net.n_outputs)
        except ValueError as exc:
            return str(exc)
        return semantic_problem(net, data)

    def train_data(self, n_outputs: int) -> TrainData:
        """The loaded data as network-ready arrays (targets shaped for ``n_outputs`` outputs)."""
        ds = self.data.dataset
        Y, Y_test = targets(self.data, n_outputs)
        test = Y_test is not None
        return TrainData(ds.X_train, Y, ds.X_test if test else None, Y_test, ds.task)
