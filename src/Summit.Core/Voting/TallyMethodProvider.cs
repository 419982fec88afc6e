using System.Collections.Immutable;
using FluentResults;

namespace Summit.Core.Voting;

/// <summary>The container's <see cref="ITallyMethodProvider"/>: registered methods first, then the built-ins.</summary>
internal sealed class TallyMethodProvider : ITallyMethodProvider
{
    private readonly ImmutableSortedDictionary<string, ITallyMethod> _methods;

    public TallyMethodProvider(IEnumerable<ITallyMethod> registered)
    {
        var map = ImmutableSortedDictionary.CreateBuilder<string, ITallyMethod>(StringComparer.Ordinal);
        foreach (var m in TallyMethods.All)
        {
            map[m.Name] = m;
        }

        foreach (var m in registered)
        {
            map[m.Name.ToLowerInvariant()] = m;
        }

        map["stv"] = map["stv-scottish"];
        _methods = map.ToImmutable();
        Names = [.. _methods.Keys];
    }

    public ImmutableArray<string> Names { get; }

    public Result<ITallyMethod> Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _methods.TryGetValue(name.Trim().ToLowerInvariant(), out var method)
            ? Result.Ok(method)
            : Result.Fail<ITallyMethod>(new SummitError(ErrorCodes.Voting.UnknownMethod,
                $"Unknown tally method '{name}'; expected one of {string.Join(", ", Names)}.").WithMetadata("name", name));
    }
}
