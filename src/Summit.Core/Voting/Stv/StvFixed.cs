namespace Summit.Core.Voting.Stv;

/// <summary>Fixed-point values of the Scottish count: a <see cref="long"/> holding 10^5 times the value.</summary>
internal static class StvFixed
{
    public const long Scale = 100_000;

    public static decimal ToDecimal(long value)
    {
        var magnitude = value < 0 ? (ulong)-value : (ulong)value;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, value < 0, 5);
    }
}
