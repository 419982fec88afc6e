using Summit.Core.Timing;

namespace Summit.Core.Summits;

/// <summary>Opens intakes: the injectable face of <see cref="SummitIntake.Open"/>, so an application can replace or mock it.</summary>
/// <remarks>
/// <c>AddSummitCore</c> registers a singleton that delegates to <see cref="SummitIntake.Open"/> and, for a window the
/// caller gives no policy for, applies <see cref="DependencyInjection.SummitCoreOptions.DefaultGracePeriod"/> to the timeline's closing
/// milestone. The intake it returns is the usual immutable <see cref="SummitIntake"/>. Implementations should be thread-safe.
/// </remarks>
public interface ISummitIntakeFactory
{
    /// <summary>Starts an empty intake for a timeline.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="registrationPolicy">Grace and extensions for the registration deadline; null for the factory's default.</param>
    /// <param name="proposalPolicy">Grace and extensions for the proposal deadline; null for the factory's default.</param>
    /// <returns>The intake.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    SummitIntake Open(Timeline timeline, DeadlinePolicy? registrationPolicy = null, DeadlinePolicy? proposalPolicy = null);
}
