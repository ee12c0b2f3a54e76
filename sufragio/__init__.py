"""sufragio: AI that helps an electoral authority's staff without taking decisions away from them."""

__version__ = "0.1.0"
