using System.Numerics;

namespace Summit.Core.Voting.Stv;

/// <summary>
/// droop's guarded fixed-point arithmetic for Meek: integers scaled by 10^(precision + guard), products and quotients
/// floored, and two values equal when they differ by less than half a unit of the last precision digit.
/// </summary>
/// <remarks>Precision 18 and guard 9 (the reference reports' <c>guarded-p18-g9</c>): 27 fractional digits, shown with 18.</remarks>
internal static class Guarded
{
    public const int Precision = 18;
    public const int GuardDigits = 9;
    public static readonly BigInteger One = BigInteger.Pow(10, Precision + GuardDigits);
    private static readonly BigInteger Geps = BigInteger.Pow(10, GuardDigits) / 2;
    private static readonly BigInteger DisplayUnit = BigInteger.Pow(10, GuardDigits);

    public static BigInteger FromInteger(long value) => value * One;

    public static BigInteger Mul(BigInteger a, BigInteger b) => FloorDiv(a * b, One);

    public static BigInteger Div(BigInteger a, BigInteger b) => FloorDiv(a * One, b);

    /// <summary>Compares with the guard: values closer than half a unit of precision are equal.</summary>
    public static int Compare(BigInteger a, BigInteger b)
    {
        var diff = BigInteger.Abs(a - b);
        return diff < Geps ? 0 : a.CompareTo(b);
    }

    public static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        return !r.IsZero && (r.Sign < 0) != (b.Sign < 0) ? q - 1 : q;
    }

    /// <summary>Rounds to the 18 displayed decimals (half up, as droop prints) and returns the exact decimal.</summary>
    public static decimal ToDecimal(BigInteger value)
    {
        var shown = FloorDiv(value + (DisplayUnit / 2), DisplayUnit);
        var scale = Precision;
        var limit = BigInteger.Pow(2, 96);
        while (BigInteger.Abs(shown) >= limit && scale > 0)
        {
            shown = FloorDiv(shown + 5, 10);
            scale--;
        }

        var negative = shown.Sign < 0;
        var magnitude = BigInteger.Abs(shown);
        var bytes = new byte[12];
        magnitude.TryWriteBytes(bytes, out _, isUnsigned: true);
        return new decimal(BitConverter.ToInt32(bytes, 0), BitConverter.ToInt32(bytes, 4), BitConverter.ToInt32(bytes, 8), negative, (byte)scale);
    }
}
