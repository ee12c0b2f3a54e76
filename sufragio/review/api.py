"""JSON API of the `review` app."""

from ninja import Router

router = Router(tags=["review"])
