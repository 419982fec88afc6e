namespace Summit.Core.Selection;

/// <summary>One priority tier: candidates it includes rank above those of later tiers.</summary>
/// <typeparam name="TCandidate">The kind of candidate.</typeparam>
/// <param name="Label">The tier's name in explanations, for example "active tool contributors".</param>
/// <param name="Includes">Whether a candidate belongs to the tier; a candidate belongs to the first tier that includes it.</param>
/// <remarks>Immutable. Candidates no tier includes rank below every tier.</remarks>
public sealed record SelectionTier<TCandidate>(string Label, Func<TCandidate, bool> Includes);
