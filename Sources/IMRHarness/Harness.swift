/// The harness stage: corpus runs, metrics, baselines and reports.
public enum Harness {}
