using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Tests.Infrastructure;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace LatihanAsn.Domain.Tests.UnitOfWork;

/// <summary>The unit-of-work step of the pipeline: one commit per command, events after it, an outbox inside it.</summary>
public sealed class PipelineTests
{
    /// <summary>An outbox that records what it was handed and what the store had committed at that moment.</summary>
    private sealed class RecordingOutbox(InMemoryStore store) : IDomainEventOutbox
    {
        public List<(DomainEvent Event, int CommitsBefore)> Staged { get; } = [];

        public Task StageAsync(IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
        {
            Staged.AddRange(events.Select(e => (e, store.Commits)));
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task The_outbox_receives_a_commands_events_before_its_commit_and_nothing_for_a_failed_one()
    {
        RecordingOutbox? outbox = null;
        using var host = new TestHost(services: s => s.AddScoped<IDomainEventOutbox>(sp => outbox ??= new RecordingOutbox(sp.GetRequiredService<InMemoryStore>())));
        var world = await World.CreateAsync(host, 1, 0);
        outbox!.Staged.Clear();
        var commits = host.Store.Commits;

        await host.Send(new TransferEmployee(world.MetroStaff[0], world.MetroHead));

        outbox.Staged.Select(s => s.Event).OfType<EmployeeTransferred>().ShouldHaveSingleItem();
        outbox.Staged.ShouldAllBe(s => s.CommitsBefore == commits); // staged inside the command, before its commit
        host.Store.Commits.ShouldBe(commits + 1);
        host.Events.Events.OfType<EmployeeTransferred>().ShouldHaveSingleItem(); // and published in process after it

        outbox.Staged.Clear();
        host.Events.Events.Clear();
        host.Store.FailNextWrite = true;
        await Should.ThrowAsync<UnexpectedFailureException>(() => host.Send(new TransferEmployee(world.MetroStaff[0], world.MetroAnalyst)));
        host.Events.Events.ShouldBeEmpty();
        host.Store.Commits.ShouldBe(commits + 1);
    }

    [Fact]
    public async Task A_query_commits_nothing_and_a_command_commits_once_however_many_aggregates_it_writes()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 2, 0);
        var commits = host.Store.Commits;

        await host.Send(new GetEmployeeProfile(world.MetroStaff[0]));
        host.Store.Commits.ShouldBe(commits);

        await host.Send(new RecordAssessment(world.MetroStaff[0], AssessmentSource.Supervisor, host.Today, "Atasan", [new("M.01", 2)]));
        host.Store.Commits.ShouldBe(commits + 1);
    }

    /// <summary>A command that sends another command from its handler: both commit together, once.</summary>
    private sealed record Outer(EmployeeId Employee, PositionId Position) : IRequest<Unit>;

    private sealed class OuterHandler(IMediator mediator) : IRequestHandler<Outer, Unit>
    {
        public async Task<Unit> Handle(Outer request, CancellationToken cancellationToken)
        {
            await mediator.Send(new TransferEmployee(request.Employee, request.Position), cancellationToken);
            throw new InvalidOperationException("The outer command fails after the inner one succeeded.");
        }
    }

    [Fact]
    public async Task A_command_sent_from_a_handler_commits_with_the_outer_one_and_not_without_it()
    {
        using var host = new TestHost(services: s => s.AddTransient<IRequestHandler<Outer, Unit>, OuterHandler>());
        var world = await World.CreateAsync(host, 1, 0);
        var before = host.Store.Fingerprint();

        var failure = await Should.ThrowAsync<UnexpectedFailureException>(() => host.Send(new Outer(world.MetroStaff[0], world.MetroHead)));

        failure.InnerException.ShouldBeOfType<InvalidOperationException>();
        host.Store.Fingerprint().ShouldBe(before);
        host.Events.Events.ShouldBeEmpty();
        host.Store.Set<Employee>().Single().PositionId.ShouldBe(world.MetroAnalyst);
    }
}
