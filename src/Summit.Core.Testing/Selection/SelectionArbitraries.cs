using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Selection;
using Summit.Core.Summits;

namespace Summit.Core.Testing.Selection;

/// <summary>FsCheck arbitraries (generator plus shrinker) for registrations, topic proposals and selection contexts.</summary>
/// <remarks>
/// <para>Use the whole class with FsCheck.Xunit: <c>[Property(Arbitrary = [typeof(SelectionArbitraries)])]</c>, then take
/// <see cref="Registration"/>, <c>ImmutableArray&lt;Registration&gt;</c>, <see cref="TopicProposal"/>,
/// <c>ImmutableArray&lt;TopicProposal&gt;</c> or <c>SelectionContext&lt;Registration&gt;</c> parameters. Each property returns
/// an <see cref="Arbitrary{T}"/> of a distinct type, because FsCheck registers arbitraries by type.</para>
/// <para>Shrinking removes candidates (keeping identifiers unique), strips a registration down to a plain participant, and
/// lowers capacity, standby places and the confirmed list, so a counterexample comes out as a small candidate pool.</para>
/// <para>Naming rule of this package: <c>…Arbitraries</c> classes hold static properties returning
/// <see cref="Arbitrary{T}"/> (plus the public shrinkers they use, to pair with your own generators); the generators
/// they are built from are static methods returning <see cref="Gen{T}"/> on the matching <c>…Generators</c> class
/// (<see cref="SelectionGenerators"/>).</para>
/// </remarks>
public static class SelectionArbitraries
{
    /// <summary>Gets single registrations (identifier <c>r00</c>), shrinking with <see cref="ShrinkRegistration"/>.</summary>
    public static Arbitrary<Registration> Registrations { get; } = Arb.From(SelectionGenerators.Registration(), ShrinkRegistration);

    /// <summary>Gets lists of up to 30 registrations with unique identifiers, shrinking by removing one and by simplifying one.</summary>
    public static Arbitrary<ImmutableArray<Registration>> RegistrationLists { get; } = Arb.From(SelectionGenerators.Registrations(), ShrinkRegistrations);

    /// <summary>Gets single topic proposals (identifier <c>t00</c>), shrinking towards one proposer and no lightning talk.</summary>
    public static Arbitrary<TopicProposal> TopicProposals { get; } = Arb.From(SelectionGenerators.TopicProposal(), ShrinkTopicProposal);

    /// <summary>Gets lists of up to 15 topic proposals with unique identifiers, shrinking by removing one.</summary>
    public static Arbitrary<ImmutableArray<TopicProposal>> TopicProposalLists { get; } = Arb.From(
        SelectionGenerators.TopicProposals(),
        list => Enumerable.Range(0, list.Length).Select(i => SelectionGenerators.Number(list.RemoveAt(i))));

    /// <summary>Gets valid selection contexts of up to 30 registrations, shrinking with <see cref="ShrinkContext{TCandidate}"/>.</summary>
    public static Arbitrary<SelectionContext<Registration>> Contexts { get; } = Arb.From(SelectionGenerators.RegistrationContexts(), ShrinkContext);

    /// <summary>Simpler registrations: no roles, no projects, no organization, not an active contributor, a participant, submitted first.</summary>
    /// <param name="registration">The registration to shrink.</param>
    /// <returns>The simpler registrations, one change each.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registration"/> is null.</exception>
    public static IEnumerable<Registration> ShrinkRegistration(Registration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        if (!registration.Roles.IsEmpty)
        {
            yield return registration with { Roles = [] };
        }

        if (!registration.Projects.IsEmpty)
        {
            yield return registration with { Projects = [] };
        }

        if (registration.Organization is not null)
        {
            yield return registration with { Organization = null };
        }

        if (registration.IsActiveToolContributor)
        {
            yield return registration with { IsActiveToolContributor = false };
        }

        if (registration.Attendance != AttendanceKind.Participant)
        {
            yield return registration with { Attendance = AttendanceKind.Participant };
        }

        if (registration.SubmittedAt > SelectionGenerators.FirstSubmission)
        {
            yield return registration with { SubmittedAt = SelectionGenerators.FirstSubmission };
        }
    }

    /// <summary>Smaller lists: one registration removed (the rest renumbered <c>r01</c>, …), then one registration simplified.</summary>
    /// <param name="registrations">The list to shrink.</param>
    /// <returns>The smaller lists.</returns>
    public static IEnumerable<ImmutableArray<Registration>> ShrinkRegistrations(ImmutableArray<Registration> registrations)
    {
        for (var i = registrations.Length - 1; i >= 0; i--)
        {
            yield return SelectionGenerators.Number(registrations.RemoveAt(i));
        }

        for (var i = 0; i < registrations.Length; i++)
        {
            foreach (var simpler in ShrinkRegistration(registrations[i]))
            {
                yield return registrations.SetItem(i, simpler);
            }
        }
    }

    /// <summary>Simpler proposals: no lightning talk, one proposer, the shortest discussion.</summary>
    /// <param name="proposal">The proposal to shrink.</param>
    /// <returns>The simpler proposals, one change each.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> is null.</exception>
    public static IEnumerable<TopicProposal> ShrinkTopicProposal(TopicProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        if (proposal.WantsLightningTalk)
        {
            yield return proposal with { WantsLightningTalk = false };
        }

        if (proposal.Proposers.Length > 1)
        {
            yield return proposal with { Proposers = proposal.Proposers[..1] };
        }

        if (proposal.DesiredDiscussionMinutes > 15)
        {
            yield return proposal with { DesiredDiscussionMinutes = 15 };
        }
    }

    /// <summary>Shrinks a context: without one candidate, with one confirmed fewer, one place fewer, one standby place fewer.</summary>
    /// <typeparam name="TCandidate">The kind of candidate.</typeparam>
    /// <param name="context">The context to shrink.</param>
    /// <returns>Smaller valid contexts, most aggressive first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public static IEnumerable<SelectionContext<TCandidate>> ShrinkContext<TCandidate>(SelectionContext<TCandidate> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (var i = context.Candidates.Length - 1; i >= 0; i--)
        {
            var id = context.Ids[i];
            var rest = context.Candidates.RemoveAt(i);
            var made = SelectionContext.Create(rest, context.IdOf, context.Capacity, context.StandbyPlaces, context.At, context.Random, context.Confirmed.Remove(id));
            if (made.IsSuccess)
            {
                yield return made.Value;
            }
        }

        if (!context.Confirmed.IsEmpty)
        {
            yield return SelectionContext.Create(context.Candidates, context.IdOf, context.Capacity, context.StandbyPlaces, context.At, context.Random, context.Confirmed.RemoveAt(context.Confirmed.Length - 1)).Value;
        }

        if (context.Capacity > context.Confirmed.Length)
        {
            yield return SelectionContext.Create(context.Candidates, context.IdOf, context.Capacity - 1, context.StandbyPlaces, context.At, context.Random, context.Confirmed).Value;
        }

        if (context.StandbyPlaces > 0)
        {
            yield return SelectionContext.Create(context.Candidates, context.IdOf, context.Capacity, context.StandbyPlaces - 1, context.At, context.Random, context.Confirmed).Value;
        }
    }
}
