using Summit.Core.Selection.Topics;
using Summit.Core.Summits;

namespace Summit.Core.Planning;

/// <summary>
/// Checks the topic and presenter rules of agenda settings against the summit's proposals and merges: every id names a
/// proposal, no topic refers to itself, one entry per topic (counting merged duplicates) and per presenter, and every
/// presenter proposes something. The summit file reports the findings at their line and column; the planner checks
/// again for settings built in code.
/// </summary>
internal static class TopicRulesCheck
{
    /// <summary>The reference fields of a topic rule, as the summit file names them.</summary>
    internal static readonly string[] ReferenceFields = ["conflicts", "sameSessionAs", "after"];

    /// <summary>Finds every problem, in the order of the entries.</summary>
    /// <param name="settings">The agenda settings with their <see cref="AgendaSettings.Topics"/> and <see cref="AgendaSettings.Presenters"/>.</param>
    /// <param name="proposals">Every proposal of the summit (accepted at the intake or not).</param>
    /// <param name="curation">The topic curation, whose merges map a duplicate to the topic it is merged into; null for none.</param>
    /// <returns>The problems; empty when the rules are consistent.</returns>
    public static List<Finding> Check(AgendaSettings settings, IEnumerable<TopicProposal> proposals, TopicCuration? curation)
    {
        var list = proposals.ToList();
        var ids = list.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var proposers = list.SelectMany(p => p.Proposers).ToHashSet(StringComparer.Ordinal);
        var roots = MergeRoots(curation);
        string TopicOf(string id) => roots.GetValueOrDefault(id, id);
        string OneTopic(string a, string b) => TopicOf(a) == a ? $"'{b}' is merged into '{a}'" : TopicOf(b) == b ? $"'{a}' is merged into '{b}'" : $"both are merged into '{TopicOf(a)}'";

        var findings = new List<Finding>();
        var entryOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < settings.Topics.Length; i++)
        {
            var rules = settings.Topics[i];
            var id = rules.TopicId;
            var known = ids.Contains(id);
            if (!known)
            {
                findings.Add(new Finding(ErrorCodes.Planning.UnknownTopic, $"'agenda.topics' gives rules for the topic '{id}', which no proposal has.", false, i, "id", -1, id));
            }
            else if (!entryOf.TryAdd(TopicOf(id), i))
            {
                var first = settings.Topics[entryOf[TopicOf(id)]].TopicId;
                findings.Add(new Finding(
                    ErrorCodes.Summits.FileDuplicateEntry,
                    first == id
                        ? $"The topic '{id}' is listed twice in 'agenda.topics'; give one entry per topic."
                        : $"'{id}' and '{first}' are one topic ({OneTopic(id, first)} by 'selection.topics.merge'), and '{first}' already has an entry in 'agenda.topics'; give their rules once.",
                    false,
                    i,
                    "id",
                    -1,
                    id));
            }

            EquatableArray<string>[] references = [rules.Conflicts, rules.SameSessionAs, rules.After];
            for (var f = 0; f < references.Length; f++)
            {
                var field = ReferenceFields[f];
                for (var j = 0; j < references[f].Length; j++)
                {
                    var other = references[f][j];
                    if (!ids.Contains(other))
                    {
                        findings.Add(new Finding(ErrorCodes.Planning.UnknownTopic, $"The topic '{id}' names '{other}' in '{field}', which no proposal has.", false, i, field, j, id, other));
                    }
                    else if (known && TopicOf(other) == TopicOf(id))
                    {
                        findings.Add(new Finding(
                            ErrorCodes.Planning.TopicRefersToItself,
                            other == id
                                ? $"The topic '{id}' names itself in '{field}'."
                                : $"The topic '{id}' names '{other}' in '{field}', but they are one topic ({OneTopic(id, other)} by 'selection.topics.merge').",
                            false,
                            i,
                            field,
                            j,
                            id,
                            other));
                    }
                }
            }
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < settings.Presenters.Length; i++)
        {
            var name = settings.Presenters[i].Name;
            if (!names.Add(name))
            {
                findings.Add(new Finding(ErrorCodes.Summits.FileDuplicateEntry, $"The presenter '{name}' is listed twice in 'agenda.presenters'; give one entry per person.", true, i, "name", -1, name));
            }
            else if (!proposers.Contains(name))
            {
                findings.Add(new Finding(ErrorCodes.Planning.UnknownPresenter, $"'agenda.presenters' names '{name}', who proposes no topic; spell the name as in the proposals' 'proposers'.", true, i, "name", -1, name));
            }
        }

        return findings;
    }

    /// <summary>The topic each merged duplicate ends up in (following chains), as topic selection resolves the merges; invalid merges (into itself, cycles) are left out: topic selection reports them.</summary>
    internal static Dictionary<string, string> MergeRoots(TopicCuration? curation)
    {
        var into = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in curation?.Merges ?? [])
        {
            if (m.DuplicateId != m.IntoId)
            {
                into.TryAdd(m.DuplicateId, m.IntoId);
            }
        }

        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (duplicate, root) in MergeChains.Roots(into))
        {
            if (root is not null)
            {
                roots[duplicate] = root;
            }
        }

        return roots;
    }

    /// <summary>One problem of the rules and where it is.</summary>
    /// <param name="Code">The error code.</param>
    /// <param name="Message">The message, without a position.</param>
    /// <param name="InPresenters">Whether it is in <see cref="AgendaSettings.Presenters"/> (else <see cref="AgendaSettings.Topics"/>).</param>
    /// <param name="Entry">The index of the entry.</param>
    /// <param name="Field">The field of the entry as the summit file names it (<c>id</c>, <c>name</c>, <c>conflicts</c>, <c>sameSessionAs</c>, <c>after</c>).</param>
    /// <param name="Item">The index of the item in that field's list, or -1 for the field itself.</param>
    /// <param name="Subject">The topic id or the presenter's name of the entry.</param>
    /// <param name="Other">The topic referred to, or <see langword="null"/>.</param>
    internal readonly record struct Finding(string Code, string Message, bool InPresenters, int Entry, string Field, int Item, string Subject, string? Other = null)
    {
        /// <summary>The finding as an error without a position, with <c>topic</c> (and <c>other</c>) or <c>presenter</c> metadata.</summary>
        public SummitError ToError()
        {
            var error = new SummitError(Code, Message).WithMetadata(InPresenters ? "presenter" : "topic", Subject);
            return Other is null ? error : error.WithMetadata("other", Other);
        }
    }
}
