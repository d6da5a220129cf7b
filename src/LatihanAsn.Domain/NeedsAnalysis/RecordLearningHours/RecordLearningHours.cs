using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>
/// Records a learning activity in an employee's ledger for the activity's year, credited in JP by the conversion rule
/// set in force on its day. With a <paramref name="Reference"/> already in the ledger, nothing is credited again (the
/// result says so): a repeated command credits once.
/// </summary>
/// <param name="EmployeeId">The employee, in the caller's scope.</param>
/// <param name="Date">The day of the activity; not in the future.</param>
/// <param name="Form">The form.</param>
/// <param name="Minutes">Actual learning minutes, 1 to 100,000.</param>
/// <param name="Title">What it was.</param>
/// <param name="Days">Days, for forms counted per day.</param>
/// <param name="DeclaredJp">The activity's own JP, for training courses.</param>
/// <param name="International">Whether it was international.</param>
/// <param name="Reference">A reference unique within the employee's ledger (certificate number, run and participant), if any.</param>
[RequiresCapability(Capabilities.RecordsManage)]
public sealed record RecordLearningHours(EmployeeId EmployeeId, DateOnly Date, LearningForm Form, int Minutes, string Title, decimal? Days = null, decimal? DeclaredJp = null, bool International = false, string? Reference = null) : IRequest<LearningHoursRecorded>;

/// <summary>The outcome of recording learning hours.</summary>
/// <param name="Credited">Whether the activity was credited now (false when its reference was already credited).</param>
/// <param name="Jp">The JP of the activity (unrounded).</param>
/// <param name="Standing">The employee's standing for the year after recording.</param>
public sealed record LearningHoursRecorded(bool Credited, decimal Jp, JpStanding Standing);

internal sealed class RecordLearningHoursValidator : AbstractValidator<RecordLearningHours>
{
    public RecordLearningHoursValidator(TimeProvider time)
    {
        RuleFor(x => x.EmployeeId).Required();
        RuleFor(x => x.Date).Must(d => d <= time.Today()).WithMessage(_ => Messages.Get("NeedsAnalysis_ActivityDayMustNotInFuture"));
        RuleFor(x => x.Form).KnownValue();
        RuleFor(x => x.Minutes).InclusiveBetween(1, 100_000)
            .WithMessage(_ => Messages.Get("NeedsAnalysis_MinutesMustBetween1And100"));
        RuleFor(x => x.Title).Required().MaxChars(300);
        RuleFor(x => x.Days).InclusiveBetween(0.5m, 366m).When(x => x.Days.HasValue)
            .WithMessage(_ => Messages.Get("NeedsAnalysis_DaysMustBetween05And"));
        RuleFor(x => x.DeclaredJp).InclusiveBetween(0.5m, 2000m).When(x => x.DeclaredJp.HasValue)
            .WithMessage(_ => Messages.Get("NeedsAnalysis_DeclaredJPMustBetween05"));
        RuleFor(x => x.Reference).MaxChars(200);
    }
}

internal sealed class RecordLearningHoursHandler(
    IRepository<LearningHoursLedger> ledgers,
    IReadRepository<Employee> employees,
    ICallerScopeAccessor scope,
    RuleSetRegistry rules,
    TimeProvider time,
    DomainEventPublisher events)
    : IRequestHandler<RecordLearningHours, LearningHoursRecorded>
{
    public async Task<LearningHoursRecorded> Handle(RecordLearningHours request, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        var employee = await Load.EmployeeAsync(employees, caller, request.EmployeeId, cancellationToken).ConfigureAwait(false);
        var year = request.Date.Year;
        var ledger = await ledgers.FirstOrDefaultAsync(new LedgersSpec(caller, year, employee.Id), cancellationToken).ConfigureAwait(false);
        var isNew = ledger is null;
        ledger ??= LearningHoursLedger.Open(LedgerId.New(), employee, year);
        var activity = new LearningActivity(request.Form, request.Minutes, request.Days, request.DeclaredJp, request.International);
        var before = ledger.Entries.Count;
        var entry = ledger.Credit(request.Date, activity, request.Title, request.Reference, rules.InForce<JpConversionRuleSet>(request.Date), time.GetUtcNow());
        var credited = ledger.Entries.Count > before;
        if (credited)
        {
            // A new ledger is staged with its first entry; a reference credited before changes nothing, so nothing is staged.
            if (isNew)
            {
                await ledgers.AddAsync(ledger, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await ledgers.UpdateAsync(ledger, cancellationToken).ConfigureAwait(false);
            }

            await events.PublishAsync(ledger, cancellationToken).ConfigureAwait(false);
        }

        return new LearningHoursRecorded(credited, entry.CreditedMinutes / entry.MinutesPerJp, ledger.Standing(rules.InForce<JpConversionRuleSet>(new DateOnly(year, 12, 31))));
    }
}
