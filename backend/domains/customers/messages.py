"""Chinese translations of the customers domain's messages (keyed by the English template)."""

ZH: dict[str, str] = {}
