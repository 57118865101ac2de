"""``discrepancy roster``: who is who across every report on a story.

A stage over n documents, not a pair: load, segment and extract as ``compare`` does, cluster
the name sightings into people (``cluster``), link the counts and dated events the reports
share (``facts``), and run the ROS rules (``rules``) into ``Finding``s. ``build_roster`` (in
``story``) is the entry point; this package's own modules load only when a roster is built.
"""
