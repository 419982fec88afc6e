using System.Collections.Immutable;
using FluentResults;
using Microsoft.Extensions.DependencyInjection;

namespace Summit.Core.Voting;

/// <summary>The container's <see cref="ITallyMethodProvider"/>: plain-registered methods of yours, then keyed methods, then the built-ins.</summary>
internal sealed class TallyMethodProvider : ITallyMethodProvider
{
    private readonly ImmutableSortedDictionary<string, ITallyMethod> _registered;
    private readonly IServiceProvider _services;

    public TallyMethodProvider(IEnumerable<ITallyMethod> registered, IServiceProvider services)
    {
        _services = services;
        var map = ImmutableSortedDictionary.CreateBuilder<string, ITallyMethod>(StringComparer.Ordinal);
        foreach (var m in registered)
        {
            // The plain ITallyMethod of AddSummitCore is a built-in chosen by the options, not a method of yours.
            if (!TallyMethods.All.Contains(m))
            {
                map[m.Name.ToLowerInvariant()] = m;
            }
        }

        _registered = map.ToImmutable();
        Names = [.. TallyMethods.Names.Union(_registered.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public ImmutableArray<string> Names { get; }

    public Result<ITallyMethod> Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        var canonical = TallyMethods.Canonical(trimmed);
        var method = _registered.GetValueOrDefault(canonical)
            ?? _services.GetKeyedService<ITallyMethod>(trimmed)
            ?? _services.GetKeyedService<ITallyMethod>(canonical)
            ?? (TallyMethods.TryGet(canonical, out var builtIn) ? builtIn : null);
        return method is not null
            ? Result.Ok(method)
            : Result.Fail<ITallyMethod>(new SummitError(ErrorCodes.Voting.UnknownMethod,
                $"Unknown tally method '{name}'; expected one of {string.Join(", ", Names)}.").WithMetadata("name", name));
    }
}
