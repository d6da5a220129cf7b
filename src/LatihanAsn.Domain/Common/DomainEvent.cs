using MediatR;

namespace LatihanAsn.Domain.Common;

/// <summary>
/// Base record of every domain event. Events are MediatR notifications: a host handles them by registering an
/// <c>INotificationHandler&lt;TEvent&gt;</c> (for instance to send an e-mail when a plan is approved).
/// </summary>
/// <remarks>The library publishes an aggregate's events only after the repository call that saves the aggregate
/// has returned without an exception, so a failed save never announces a change that did not happen.</remarks>
public abstract record DomainEvent : INotification;
