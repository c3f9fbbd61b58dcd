"""The customers domain: customers, holdings, imports, segments, needs, feedback, forecasts."""
