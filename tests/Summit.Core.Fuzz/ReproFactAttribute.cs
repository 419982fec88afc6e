namespace Summit.Core.Fuzz;

/// <summary>
/// A fact that runs only when <c>SUMMIT_FUZZ_REPRO</c> names a finding to replay, and is reported Skipped otherwise,
/// so that a plain test run never counts a replay of nothing as a pass.
/// </summary>
public sealed class ReproFactAttribute : FactAttribute
{
    /// <summary>Initializes the attribute, skipping the test when there is nothing to replay.</summary>
    public ReproFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("SUMMIT_FUZZ_REPRO")))
        {
            Skip = "set SUMMIT_FUZZ_REPRO=target:seed to replay a finding";
        }
    }
}
