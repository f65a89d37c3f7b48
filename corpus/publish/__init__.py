"""publish: the dataset card, the datasheet and the Hub upload of a finished release."""
