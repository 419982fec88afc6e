using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FluentResults;
using Summit.Core.Selection;
using Summit.Core.Summits;

namespace Summit.Core.Testing.Selection;

/// <summary>The conformance kit: one call checks that any <see cref="ISelectionPolicy{TCandidate}"/> keeps the selection contract.</summary>
/// <remarks>
/// <para>Rules checked on every generated context: the policy does not throw; a failure is repeated identically; every
/// candidate gets exactly one outcome and nobody else gets one; at least one reason per outcome; no more selected than
/// the capacity; no more on standby than the standby places, ranked 1..n without gaps; standby ranks only on standby
/// outcomes; already-confirmed candidates stay selected; the same context gives the same result; and, when the policy
/// says it is order-independent, reversing or rotating the candidate list changes no one's outcome.</para>
/// <para>On a breach the context is shrunk (<see cref="SelectionArbitraries.ShrinkContext{TCandidate}"/>) and a
/// <see cref="ConformanceException"/> is thrown with the rules broken, the smallest counterexample and the seed, so the
/// kit works from any test framework.</para>
/// </remarks>
public static class SelectionConformance
{
    /// <summary>The kit name in <see cref="ConformanceException.Kit"/>.</summary>
    private const string Kit = "selection";

    /// <summary>Checks a registration policy on generated contexts (see <see cref="SelectionGenerators.RegistrationContexts"/>).</summary>
    /// <param name="policy">The policy to check.</param>
    /// <param name="options">How many contexts, from which seed, with how many registrations (default 30); null means <see cref="ConformanceOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ConformanceException">The policy broke the contract.</exception>
    public static void Check(ISelectionPolicy<Registration> policy, ConformanceOptions? options = null)
    {
        options ??= ConformanceOptions.Default;
        Check(policy, Arb.From(SelectionGenerators.RegistrationContexts(options.MaxCandidates ?? 30), SelectionArbitraries.ShrinkContext), options);
    }

    /// <summary>Checks a policy of any candidate type on the contexts of an arbitrary.</summary>
    /// <typeparam name="TCandidate">The kind of candidate.</typeparam>
    /// <param name="policy">The policy to check.</param>
    /// <param name="contexts">
    /// Generates and shrinks valid contexts, e.g. <c>Arb.From(myContexts, SelectionArbitraries.ShrinkContext)</c>
    /// (<see cref="ConformanceOptions.MaxCandidates"/> does not apply: the generator decides).
    /// </param>
    /// <param name="options">How many contexts and from which seed; null means <see cref="ConformanceOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="contexts"/> is null.</exception>
    /// <exception cref="ConformanceException">The policy broke the contract.</exception>
    public static void Check<TCandidate>(
        ISelectionPolicy<TCandidate> policy,
        Arbitrary<SelectionContext<TCandidate>> contexts,
        ConformanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(contexts);
        options ??= ConformanceOptions.Default;
        for (var i = 0; i < options.Cases; i++)
        {
            var seed = options.Seed + (ulong)i;
            var context = contexts.Generator.Sample(SizeOf(i), new Rnd(seed), 1).First();
            var problems = Violations(policy, context);
            if (problems.Count == 0)
            {
                continue;
            }

            var (small, smallProblems) = Shrinking.Greedy(context, problems, contexts.Shrinker, c => Violations(policy, c));
            throw new ConformanceException(Kit, SafeName(policy), smallProblems, Describe(small), seed);
        }
    }

    /// <summary>Checks a policy on one context and lists every rule it breaks (empty when it conforms).</summary>
    /// <typeparam name="TCandidate">The kind of candidate.</typeparam>
    /// <param name="policy">The policy.</param>
    /// <param name="context">The context.</param>
    /// <returns>The rules broken, one sentence each.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<string> Violations<TCandidate>(ISelectionPolicy<TCandidate> policy, SelectionContext<TCandidate> context)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<string>();
        var first = Run(policy, context, problems);
        var second = Run(policy, context, problems);
        if (first is null || second is null)
        {
            return problems;
        }

        if (first.IsFailed || second.IsFailed)
        {
            if (first.IsSuccess || second.IsSuccess || !first.Codes().SequenceEqual(second.Codes(), StringComparer.Ordinal))
            {
                problems.Add("the same context gave different results (a failure once, something else the other time)");
            }

            return problems;
        }

        CheckOutcomes(context, first.Value, problems);
        if (!SameOutcomes(first.Value, second.Value, byId: false))
        {
            problems.Add("the same context gave different outcomes on a second run");
        }

        if (policy.IsOrderIndependent && context.Candidates.Length > 1)
        {
            foreach (var (label, permuted) in Permutations(context))
            {
                var other = Run(policy, permuted, problems);
                if (other is null)
                {
                    continue;
                }

                if (other.IsFailed || !SameOutcomes(first.Value, other.Value, byId: true))
                {
                    problems.Add($"the policy says it is order-independent but {label} the candidate list changed the outcomes");
                }
            }
        }

        return problems;
    }

    private static void CheckOutcomes<TCandidate>(SelectionContext<TCandidate> context, SelectionResult<TCandidate> result, List<string> problems)
    {
        var expected = new HashSet<string>(context.Ids, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var selected = 0;
        var ranks = new List<int>();
        foreach (var outcome in result.Outcomes)
        {
            if (outcome is null)
            {
                problems.Add("an outcome is null");
                continue;
            }

            if (!expected.Contains(outcome.Id))
            {
                problems.Add($"'{outcome.Id}' has an outcome but is not a candidate");
            }
            else if (!seen.Add(outcome.Id))
            {
                problems.Add($"'{outcome.Id}' has more than one outcome");
            }

            if (outcome.Reasons.IsDefaultOrEmpty)
            {
                problems.Add($"'{outcome.Id}' ({outcome.Kind}) has no reason");
            }

            if (outcome.Kind == SelectionOutcomeKind.Selected)
            {
                selected++;
            }

            if (outcome.Kind == SelectionOutcomeKind.Standby)
            {
                if (outcome.StandbyRank is { } rank)
                {
                    ranks.Add(rank);
                }
                else
                {
                    problems.Add($"'{outcome.Id}' is on standby without a rank");
                }
            }
            else if (outcome.StandbyRank is not null)
            {
                problems.Add($"'{outcome.Id}' is {outcome.Kind} but has a standby rank");
            }

            if (context.IsConfirmed(outcome.Id) && outcome.Kind != SelectionOutcomeKind.Selected)
            {
                problems.Add($"'{outcome.Id}' was already confirmed but is now {outcome.Kind}");
            }
        }

        var missing = context.Ids.Where(id => !seen.Contains(id)).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"no outcome for {string.Join(", ", missing.Select(m => "'" + m + "'"))}");
        }

        if (selected > context.Capacity)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{selected} selected but the capacity is {context.Capacity}"));
        }

        if (ranks.Count > context.StandbyPlaces)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{ranks.Count} on standby but there are only {context.StandbyPlaces} standby places"));
        }

        ranks.Sort();
        if (!ranks.SequenceEqual(Enumerable.Range(1, ranks.Count)))
        {
            problems.Add($"standby ranks are [{string.Join(", ", ranks)}], not 1..{ranks.Count.ToString(CultureInfo.InvariantCulture)} without gaps");
        }
    }

    private static IEnumerable<(string Label, SelectionContext<TCandidate> Context)> Permutations<TCandidate>(SelectionContext<TCandidate> context)
    {
        var reversed = context.Candidates.Reverse();
        var rotated = context.Candidates.Skip(1).Append(context.Candidates[0]);
        foreach (var (label, order) in new[] { ("reversing", reversed), ("rotating", rotated) })
        {
            var made = SelectionContext.Create(order, context.IdOf, context.Capacity, context.StandbyPlaces, context.At, context.Random, context.Confirmed);
            if (made.IsSuccess)
            {
                yield return (label, made.Value);
            }
        }
    }

    private static bool SameOutcomes<TCandidate>(SelectionResult<TCandidate> a, SelectionResult<TCandidate> b, bool byId)
    {
        static string Key(CandidateOutcome<TCandidate> o) =>
            $"{o.Id}|{o.Kind}|{o.StandbyRank}|{string.Join("|", o.Reasons.Select(r => r.Code + ":" + r.Message))}";

        var left = a.Outcomes.Select(Key);
        var right = b.Outcomes.Select(Key);
        if (byId)
        {
            left = left.Order(StringComparer.Ordinal);
            right = right.Order(StringComparer.Ordinal);
        }

        return left.SequenceEqual(right, StringComparer.Ordinal);
    }

    private static Result<SelectionResult<TCandidate>>? Run<TCandidate>(ISelectionPolicy<TCandidate> policy, SelectionContext<TCandidate> context, List<string> problems)
    {
        try
        {
            var result = policy.Select(context);
            if (result is null)
            {
                problems.Add("the policy returned null");
            }

            return result;
        }
#pragma warning disable CA1031 // Any exception from a policy under test is a contract breach to report, not to propagate.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            problems.Add($"the policy threw {ex.GetType().Name}: {ex.Message}");
            return null;
        }
    }

    private static string Describe<TCandidate>(SelectionContext<TCandidate> context)
    {
        if (context is not SelectionContext<Registration> registrations)
        {
            return context.ToString();
        }

        var people = registrations.Candidates.Select(r => string.Create(
            CultureInfo.InvariantCulture,
            $"{r.Id} ({NodaTime.Text.InstantPattern.General.Format(r.SubmittedAt)}, {r.Attendance}{(r.IsActiveToolContributor ? ", active contributor" : string.Empty)}, roles [{string.Join(" ", r.Roles)}], projects [{string.Join(" ", r.Projects)}], organization {r.Organization ?? "-"})"));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"capacity {context.Capacity}, standby {context.StandbyPlaces}, at {NodaTime.Text.InstantPattern.General.Format(context.At)}, {context.Random.Description}, confirmed [{string.Join(", ", context.Confirmed)}], candidates [{string.Join("; ", people)}]");
    }

    /// <summary>The FsCheck size of case <paramref name="i"/>: growing from 1 to 100 like FsCheck's own runs.</summary>
    private static int SizeOf(int i) => 1 + (i % 100);

    private static string SafeName<TCandidate>(ISelectionPolicy<TCandidate> policy)
    {
        try
        {
            return policy.Name ?? policy.GetType().Name;
        }
#pragma warning disable CA1031 // The name is only for the message.
        catch (Exception)
#pragma warning restore CA1031
        {
            return policy.GetType().Name;
        }
    }
}
