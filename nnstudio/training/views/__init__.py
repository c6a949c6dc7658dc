"""The live views of training: loss, output plane, neuron maps, metrics, weights, kept runs."""
