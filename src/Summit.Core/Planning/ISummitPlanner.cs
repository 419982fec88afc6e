using NodaTime;
using Summit.Core.Summits;

namespace Summit.Core.Planning;

/// <summary>Plans a summit: the injectable face of <see cref="SummitPlanner"/>, so an application can replace or mock it.</summary>
/// <remarks>
/// <c>AddSummitCore</c> registers a singleton that delegates to <see cref="SummitPlanner.Plan"/> and reads "now" from
/// the container's <see cref="IClock"/>; register your own <see cref="ISummitPlanner"/> before <c>AddSummitCore</c>
/// (or after, to override) to replace it. Implementations should be thread-safe.
/// </remarks>
public interface ISummitPlanner
{
    /// <summary>Plans a summit at an instant.</summary>
    /// <param name="document">The summit file's content.</param>
    /// <param name="at">The instant to plan at.</param>
    /// <returns>The plan; every step carries its own result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    SummitPlan Plan(SummitDocument document, Instant at);

    /// <summary>Plans a summit at the current instant of the planner's clock.</summary>
    /// <param name="document">The summit file's content.</param>
    /// <returns>The plan; every step carries its own result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    SummitPlan Plan(SummitDocument document);
}
