using System.Globalization;
using FsCheck.Xunit;

namespace Summit.Core.TestSupport;

/// <summary>
/// An FsCheck.Xunit <c>[Property]</c> whose number of cases is <see cref="Runs"/>, raised by the <c>SUMMIT_FUZZ</c>
/// environment variable for longer runs.
/// </summary>
/// <remarks>
/// <para><c>SUMMIT_FUZZ=N</c> (a positive integer) runs every such property at least N times: <c>MaxTest = max(Runs, N)</c>.
/// Unset, empty or not a positive integer, the property runs <see cref="Runs"/> times, so a plain <c>dotnet test</c>
/// stays fast.</para>
/// <para>Everything else is FsCheck.Xunit's: a failure prints the seed (<c>StdGen (seed,gamma)</c>) and the original and
/// shrunk counterexamples, and <c>Replay = "(seed,gamma)"</c> on the attribute runs that case again.</para>
/// </remarks>
public sealed class SummitPropertyAttribute : PropertyAttribute
{
    /// <summary>The environment variable that raises the number of cases.</summary>
    public const string FuzzVariable = "SUMMIT_FUZZ";

    private int _runs;

    /// <summary>Initializes the attribute with FsCheck's default of 100 cases.</summary>
    public SummitPropertyAttribute() => Runs = 100;

    /// <summary>Gets or sets the number of cases when <c>SUMMIT_FUZZ</c> is not set.</summary>
    /// <value>The default value is 100.</value>
    public int Runs
    {
        get => _runs;
        set
        {
            _runs = value;
            MaxTest = FuzzRuns is { } n ? Math.Max(value, n) : value;
        }
    }

    /// <summary>
    /// Sets a fixed FsCheck seed (<c>"(seed,gamma)"</c>) used unless <see cref="FuzzVariable"/> asks for a fuzz run (then
    /// the seed is random again): for a costly property whose rare failures are found by fuzz runs, so that CI stays
    /// reproducible while the fuzz run keeps looking.
    /// </summary>
    public string? SeedUnlessFuzzing
    {
        get => FuzzRuns is null ? Replay : null;
        set
        {
            if (FuzzRuns is null)
            {
                Replay = value;
            }
        }
    }

    /// <summary>Gets the number of cases <c>SUMMIT_FUZZ</c> asks for, or null when it is unset or not a positive integer.</summary>
    public static int? FuzzRuns =>
        int.TryParse(Environment.GetEnvironmentVariable(FuzzVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
