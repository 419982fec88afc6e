using System.Collections.Immutable;
using NodaTime;

namespace Summit.Core.Planning;

/// <summary>One ballot of a summit's topic vote, by topic id, as a summit file gives it.</summary>
/// <param name="Voter">The voter's id (a registration id, or one listed in the electorate).</param>
/// <param name="CastAt">When the ballot was cast; the ballot box checks it against the voting window.</param>
/// <param name="Ranking">Tiers of topic ids, most preferred first; unlisted topics rank equal below all listed ones.</param>
public sealed record VoteEntry(string Voter, Instant CastAt, EquatableArray<EquatableArray<string>> Ranking);
