using System.Collections.Immutable;
using FluentResults;

namespace Summit.Core.Selection;

/// <summary>The RFC 3797 source for one key string.</summary>
internal sealed class Rfc3797RandomSource(string key) : IRandomSource
{
    public string Name => "rfc3797";

    public string Description => $"RFC 3797 with key \"{key}\"";

    public Result<ImmutableArray<int>> Draw(int poolSize, int count) => Rfc3797.Draw(key, poolSize, count);
}
