using FsCheck;
using FsCheck.Fluent;
using Summit.Core.Selection;

namespace Summit.Core.Tests.Selection;

public sealed class CanonicalOrderProperties
{
    /// <summary>Distinct ids of up to 10 characters, drawn from characters at the edges of the ordinal order.</summary>
    public sealed record Ids(string[] Values)
    {
        public override string ToString() => "[" + string.Join(", ", Values.Select(v => "\"" + string.Concat(v.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"")) + "]";
    }

    /// <summary><c>N</c> items and sort columns of <c>N</c> values each: item <c>i</c> has key <c>Columns[0][i], Columns[1][i], …</c>.</summary>
    public sealed record Columns(int N, long[][] Values)
    {
        public override string ToString() => Describe(N, Values);
    }

    /// <summary>A <see cref="Columns"/> case and how many ranks to take one by one before asking for every position.</summary>
    public sealed record ColumnsPrefix(int N, long[][] Values, int Taken)
    {
        public override string ToString() => Describe(N, Values) + $", taken {Taken}";
    }

    private static string Describe(int n, long[][] columns) =>
        $"{n} items, columns [{string.Join("; ", columns.Select(c => string.Join(",", c)))}]";

    private static Gen<long> ColumnValue() =>
        Gen.OneOf(Gen.Elements(long.MinValue, long.MaxValue, 0L, 1L, -1L, 1L << 40, 3L), Gen.Choose(0, 3).Select(x => (long)x));

    /// <summary>Arbitraries of this class (no shrinking).</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Ids> IdLists { get; } = Arb.From(
            Gen.ListOf(
                    Gen.ArrayOf(Gen.Elements('a', 'b', '\0', 'Z', '\u00FF', '\u0100', '\u0101', '\uFFFF'), 10)
                        .SelectMany(a => Gen.Choose(0, 10).Select(len => new string(a, 0, len))),
                    40)
                .Select(list => new Ids(list.Distinct(StringComparer.Ordinal).ToArray())));

        public static Arbitrary<Columns> ColumnSets { get; } = Arb.From(
            from n in Gen.Choose(0, 30)
            from width in Gen.Choose(0, 3)
            from columns in Gen.ArrayOf(Gen.ArrayOf(ColumnValue(), n), width)
            select new Columns(n, columns));

        public static Arbitrary<ColumnsPrefix> Prefixes { get; } = Arb.From(
            from n in Gen.Choose(0, 30)
            from width in Gen.Choose(0, 3)
            from columns in Gen.ArrayOf(Gen.ArrayOf(ColumnValue(), n), width)
            from taken in Gen.Choose(0, n)
            select new ColumnsPrefix(n, columns, taken));
    }

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 100)]
    public bool SortByOrdinalId_AnyStrings_EqualsOrdinalSort(Ids ids)
    {
        var list = ids.Values;
        var items = Enumerable.Range(0, list.Length).ToArray();
        CanonicalOrder.SortByOrdinalId(items, list);
        return items.Select(i => list[i]).SequenceEqual(list.Order(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 100)]
    public bool SortByColumns_AnyRanges_EqualsLexicographicSort(Columns c)
    {
        var expected = Enumerable.Range(0, c.N).ToArray();
        Array.Sort(expected, (a, b) =>
        {
            foreach (var column in c.Values)
            {
                var r = column[a].CompareTo(column[b]);
                if (r != 0)
                {
                    return r;
                }
            }

            return a.CompareTo(b);
        });
        return CanonicalOrder.SortByColumns(c.Values, c.N).SequenceEqual(expected);
    }

    [SummitProperty(Arbitrary = [typeof(Arbitraries)], Runs = 100)]
    public bool RankOrder_PartialPrefixThenPositions_MatchesFullSort(ColumnsPrefix c)
    {
        var expected = CanonicalOrder.SortByColumns(c.Values, c.N);
        var lazy = RankOrder.ByColumns(c.Values, c.N);
        for (var r = 0; r < c.Taken; r++)
        {
            if (!lazy.TryGet(r, out var item) || item != expected[r])
            {
                return false;
            }
        }

        return Enumerable.Range(0, c.N).All(r => lazy.PositionOf(expected[r]) == r + 1)
            && !lazy.TryGet(c.N, out _);
    }
}
