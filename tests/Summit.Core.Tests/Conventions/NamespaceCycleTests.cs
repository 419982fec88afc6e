using System.Reflection;
using System.Reflection.Emit;

namespace Summit.Core.Tests.Conventions;

/// <summary>
/// Data flows one way: no namespace of Summit.Core may depend, directly or through others, on a namespace that depends
/// on it. Dependencies are read from the compiled assembly: base types, interfaces, fields, properties, signatures and
/// every type, method and field token in every method body, so a reference hidden in an implementation counts too.
/// </summary>
public sealed class NamespaceCycleTests
{
    /// <summary>Edges that are allowed to close a cycle, each with its reason.</summary>
    private static readonly Dictionary<(string From, string To), string> Allowed = new()
    {
        [("Summit.Core.Voting", "Summit.Core.Voting.Methods")] = "the catalogue TallyMethods creates the built-in methods, which implement Voting's ITallyMethod",
        [("Summit.Core.Voting", "Summit.Core.Voting.Stv")] = "the catalogue TallyMethods creates the two STV methods, which implement Voting's ITallyMethod",
        [("Summit.Core.Voting", "Summit.Core.Voting.TieBreaking")] = "the catalogue TieBreakers creates the built-in tie-breakers, which implement Voting's ITieBreaker",
    };

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Fact]
    public void SummitCore_HasNoNamespaceCycle()
    {
        var why = new Dictionary<(string, string), SortedSet<string>>();
        var edges = Edges(typeof(SummitError).Assembly, why);
        var cycles = new List<string>();
        foreach (var (from, tos) in edges)
        {
            foreach (var to in tos.Where(to => !Allowed.ContainsKey((from, to))))
            {
                if (Path(edges, to, from) is { } back)
                {
                    cycles.Add($"{from} -> {to} -> {string.Join(" -> ", back.Skip(1))}    (because {string.Join("; ", why[(from, to)].Take(3))})");
                }
            }
        }

        Assert.True(cycles.Count == 0, "Namespace cycles:\n" + string.Join("\n", cycles.Distinct()) + "\n\nAll edges:\n"
            + string.Join("\n", edges.Select(e => $"{e.Key} -> {string.Join(", ", e.Value)}")));
    }

    [Fact]
    public void Analysis_SeesDependenciesHiddenInMethodBodies()
    {
        // SummitPlanner.Plan calls TopicSelection.Select only inside its body: the analysis must see Planning -> Selection.Topics.
        var edges = Edges(typeof(SummitError).Assembly);
        Assert.Contains("Summit.Core.Selection.Topics", edges["Summit.Core.Planning"]);
    }

    private static List<string>? Path(SortedDictionary<string, SortedSet<string>> edges, string start, string goal)
    {
        var previous = new Dictionary<string, string?> { [start] = null };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var at))
        {
            if (at == goal)
            {
                var path = new List<string>();
                for (string? p = at; p is not null; p = previous[p])
                {
                    path.Add(p);
                }

                path.Reverse();
                return path;
            }

            foreach (var next in edges.GetValueOrDefault(at) ?? [])
            {
                if (!Allowed.ContainsKey((at, next)) && previous.TryAdd(next, at))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }

    internal static SortedDictionary<string, SortedSet<string>> Edges(Assembly assembly, Dictionary<(string, string), SortedSet<string>>? why = null)
    {
        var edges = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            Add(type, type.BaseType);
            foreach (var i in type.GetInterfaces())
            {
                Add(type, i);
            }

            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                switch (member)
                {
                    case FieldInfo f:
                        Add(type, f.FieldType);
                        break;
                    case PropertyInfo p:
                        Add(type, p.PropertyType);
                        break;
                    case MethodBase m:
                        Method(type, m);
                        break;
                }
            }
        }

        return edges;

        void Method(Type type, MethodBase method)
        {
            if (method is MethodInfo mi)
            {
                Add(type, mi.ReturnType);
            }

            foreach (var p in method.GetParameters())
            {
                Add(type, p.ParameterType);
            }

            var il = method.GetMethodBody()?.GetILAsByteArray();
            for (var i = 0; il is not null && i < il.Length;)
            {
                OpCode op;
                if (il[i] == 0xFE)
                {
                    op = OpCodesByValue[(short)(0xFE00 | il[i + 1])];
                    i += 2;
                }
                else
                {
                    op = OpCodesByValue[il[i]];
                    i++;
                }

                if (op.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
                {
                    var resolved = method.Module.ResolveMember(
                        BitConverter.ToInt32(il, i),
                        type.IsGenericType ? type.GetGenericArguments() : null,
                        method is MethodInfo { IsGenericMethod: true } g ? g.GetGenericArguments() : null);
                    switch (resolved)
                    {
                        case Type t:
                            Add(type, t);
                            break;
                        case FieldInfo f:
                            Add(type, f.DeclaringType);
                            Add(type, f.FieldType);
                            break;
                        case MethodInfo m:
                            Add(type, m.DeclaringType);
                            Add(type, m.ReturnType);
                            break;
                        case MemberInfo m:
                            Add(type, m.DeclaringType);
                            break;
                    }
                }

                i += op.OperandType switch
                {
                    OperandType.InlineNone => 0,
                    OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                    OperandType.InlineVar => 2,
                    OperandType.InlineI8 or OperandType.InlineR => 8,
                    OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                    _ => 4,
                };
            }
        }

        void Add(Type from, Type? to)
        {
            if (to is null)
            {
                return;
            }

            if (to.HasElementType)
            {
                Add(from, to.GetElementType());
                return;
            }

            if (to.IsGenericType && !to.IsGenericTypeDefinition)
            {
                foreach (var argument in to.GetGenericArguments())
                {
                    Add(from, argument);
                }

                to = to.GetGenericTypeDefinition();
            }

            if (to.Assembly != assembly || to.IsGenericParameter)
            {
                return;
            }

            var a = Outer(from).Namespace;
            var b = Outer(to).Namespace;
            if (a is null || b is null || a == b)
            {
                return;
            }

            if (!edges.TryGetValue(a, out var set))
            {
                edges[a] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(b);
            if (why is not null)
            {
                if (!why.TryGetValue((a, b), out var reasons))
                {
                    why[(a, b)] = reasons = new SortedSet<string>(StringComparer.Ordinal);
                }

                reasons.Add($"{Outer(from).Name} uses {Outer(to).Name}");
            }
        }

        static Type Outer(Type t)
        {
            while (t.IsNested)
            {
                t = t.DeclaringType!;
            }

            return t;
        }
    }
}
