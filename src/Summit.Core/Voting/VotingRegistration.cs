using Microsoft.Extensions.DependencyInjection;

namespace Summit.Core.Voting;

/// <summary>Registers the Voting area's named strategies; called by <c>AddSummitCore</c>.</summary>
internal static class VotingRegistration
{
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
    }
}
