"""sufragio: AI that helps an electoral authority's staff without taking decisions from them."""

__version__ = "0.1.0"
