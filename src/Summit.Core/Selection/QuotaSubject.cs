namespace Summit.Core.Selection;

/// <summary>What a <see cref="SelectionQuota"/> counts: who is a member of the quota.</summary>
public enum QuotaSubject
{
    /// <summary>Registrations that declare a stakeholder role (<see cref="SelectionQuota.Role"/>).</summary>
    Role,

    /// <summary>Registrations of one organization (<see cref="SelectionQuota.Name"/>, compared ignoring case and surrounding spaces).</summary>
    Organization,

    /// <summary>Registrations that name one project (<see cref="SelectionQuota.Name"/>, compared ignoring case and surrounding spaces).</summary>
    Project,

    /// <summary>Registrations that say it is their first summit (<c>Registration.FirstTime</c> is true).</summary>
    FirstTime,
}
