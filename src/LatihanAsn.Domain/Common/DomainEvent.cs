using MediatR;

namespace LatihanAsn.Domain.Common;

/// <summary>
/// Base record of every domain event. Events are MediatR notifications: a host handles them by registering an
/// <c>INotificationHandler&lt;TEvent&gt;</c> (for instance to send an e-mail when a plan is approved).
/// </summary>
/// <remarks>The library publishes a command's events only after the command's unit of work has committed (see
/// <see cref="IUnitOfWork"/>), so a rejected or failed command never announces a change that did not happen.</remarks>
public abstract record DomainEvent : INotification;
