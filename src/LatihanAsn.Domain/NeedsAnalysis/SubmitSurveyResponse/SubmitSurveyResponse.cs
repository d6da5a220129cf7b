using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>One answer: the two ratings of one item; leave a rating <see langword="null"/> when not answered.</summary>
/// <param name="Competency">The item's competency code.</param>
/// <param name="Importance">Importance (or required level).</param>
/// <param name="Competence">Current competence (or performance).</param>
public sealed record AnswerInput(string Competency, int? Importance, int? Competence);

/// <summary>A proposed topic ("what training do you need?").</summary>
/// <param name="Text">The topic.</param>
/// <param name="Competency">The competency it belongs to, if the respondent knows.</param>
public sealed record ProposalInput(string Text, string? Competency = null);

/// <summary>
/// Submits a respondent's answers to an open survey. The respondent must be in the caller's scope and the survey's
/// population; ratings must be on the survey's scale and items among its items. A second submission replaces the first,
/// which is kept in the response's history. Returns the response's identifier.
/// </summary>
/// <param name="SurveyId">The survey.</param>
/// <param name="Respondent">The respondent.</param>
/// <param name="Answers">The answers (missing ratings as <see langword="null"/>).</param>
/// <param name="Proposals">Proposed topics, if the survey takes them.</param>
public sealed record SubmitSurveyResponse(SurveyId SurveyId, EmployeeId Respondent, IReadOnlyList<AnswerInput> Answers, IReadOnlyList<ProposalInput>? Proposals = null) : IRequest<SurveyResponseId>;

internal sealed class SubmitSurveyResponseValidator : AbstractValidator<SubmitSurveyResponse>
{
    public SubmitSurveyResponseValidator(SurveyAccess access, IReadRepository<Employee> employees, IReadRepository<Position> positions, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.Answers).NotNull().WithText("Jawaban wajib diisi (boleh kosong bila ada usulan).", "Answers are required (may be empty when there are proposals).");
        RuleForEach(x => x.Answers).ChildRules(answer =>
            answer.RuleFor(a => a.Competency).Required().Must(c => CompetencyCode.TryFrom(c, out _))
                .WithText("Kode kompetensi '{PropertyValue}' tidak valid.", "Competency code '{PropertyValue}' is invalid."));
        RuleForEach(x => x.Proposals).ChildRules(proposal =>
        {
            proposal.RuleFor(p => p.Text).Required().MaxChars(500);
            proposal.RuleFor(p => p.Competency).Must(c => c is null || CompetencyCode.TryFrom(c, out _))
                .WithText("Kode kompetensi '{PropertyValue}' tidak valid.", "Competency code '{PropertyValue}' is invalid.");
        });
        RuleFor(x => x).Must(x => (x.Answers?.Count ?? 0) + (x.Proposals?.Count ?? 0) > 0).OverridePropertyName(nameof(SubmitSurveyResponse.Answers))
            .WithText("Tanggapan memerlukan setidaknya satu jawaban atau usulan.", "A response needs at least one answer or proposal.");
        RuleFor(x => x.Answers)
            .Must(a => a is null || a.Select(x => x.Competency?.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() == a.Count)
            .WithText("Setiap butir hanya boleh dijawab sekali.", "Each item may be answered only once.");
        RuleFor(x => x).CustomAsync(async (request, context, ct) =>
        {
            var survey = await access.FindAsync(request.SurveyId, ct).ConfigureAwait(false);
            if (survey is null)
            {
                context.AddFailure(nameof(request.SurveyId), Text.Pick("Survei tidak ditemukan dalam cakupan Anda.", "The survey was not found within your scope."));
                return;
            }

            if (survey.Status != SurveyStatus.Open)
            {
                context.AddFailure(nameof(request.SurveyId), Text.Pick($"Survei '{survey.Title}' sudah ditutup.", $"Survey '{survey.Title}' is closed."));
            }

            var respondent = await employees.FirstOrDefaultAsync(new EmployeeByIdSpec(scope.Current, request.Respondent), ct).ConfigureAwait(false);
            if (respondent is null)
            {
                context.AddFailure(nameof(request.Respondent), Text.Pick("Responden tidak ditemukan dalam cakupan Anda.", "The respondent was not found within your scope."));
            }
            else
            {
                var position = await positions.FirstOrDefaultAsync(new PositionByIdSpec(scope.Current, respondent.PositionId), ct).ConfigureAwait(false);
                if (position is null || !survey.Population.Includes(respondent.RegionCode, respondent.OpdCode, position.Kind))
                {
                    context.AddFailure(nameof(request.Respondent), Text.Pick("Responden tidak termasuk populasi survei.", "The respondent is not in the survey's population."));
                }
            }

            var scale = survey.Scale;
            for (var i = 0; i < (request.Answers?.Count ?? 0); i++)
            {
                var answer = request.Answers![i];
                if (CompetencyCode.TryFrom(answer.Competency, out var code) && !survey.Asks(code))
                {
                    context.AddFailure($"Answers[{i}].Competency", Text.Pick($"Survei tidak menanyakan {code}.", $"The survey does not ask {code}."));
                }

                foreach (var (name, value) in new[] { (nameof(AnswerInput.Importance), answer.Importance), (nameof(AnswerInput.Competence), answer.Competence) })
                {
                    if (value is { } v && !scale.Contains(v))
                    {
                        context.AddFailure($"Answers[{i}].{name}", Text.Pick($"Nilai {v} di luar skala {scale}.", $"Rating {v} is outside the scale {scale}."));
                    }
                }
            }

            if ((request.Proposals?.Count ?? 0) > 0 && !survey.AllowsProposals)
            {
                context.AddFailure(nameof(request.Proposals), Text.Pick("Survei ini tidak menerima usulan.", "This survey takes no proposals."));
            }
        });
    }
}

internal sealed class SubmitSurveyResponseHandler(
    IRepository<SurveyResponse> responses,
    IReadRepository<Employee> employees,
    IReadRepository<Position> positions,
    SurveyAccess access,
    ICallerScopeAccessor scope,
    TimeProvider time,
    DomainEventPublisher events)
    : IRequestHandler<SubmitSurveyResponse, SurveyResponseId>
{
    public async Task<SurveyResponseId> Handle(SubmitSurveyResponse request, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        var survey = await access.FindAsync(request.SurveyId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Text.Pick("Survei", "Survey"), request.SurveyId.ToString());
        var respondent = await employees.FirstOrDefaultAsync(new EmployeeByIdSpec(caller, request.Respondent), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Text.Pick("Pegawai", "Employee"), request.Respondent.ToString());
        var position = await positions.FirstOrDefaultAsync(new PositionByIdSpec(caller, respondent.PositionId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Text.Pick("Jabatan", "Position"), respondent.PositionId.ToString());
        var answers = request.Answers.Select(a => new SurveyAnswer(CompetencyCode.From(a.Competency), a.Importance, a.Competence)).ToArray();
        var proposals = (request.Proposals ?? []).Select(p => new ProposedTopic(p.Text, p.Competency is null ? null : CompetencyCode.From(p.Competency))).ToArray();
        var now = time.GetUtcNow();
        var existing = await responses.FirstOrDefaultAsync(new ResponseOfRespondentSpec(survey.Id, respondent.Id), cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            var response = SurveyResponse.Submit(SurveyResponseId.New(), survey, respondent, position.Kind, answers, proposals, now);
            await responses.AddAsync(response, cancellationToken).ConfigureAwait(false);
            await events.PublishAsync(response, cancellationToken).ConfigureAwait(false);
            return response.Id;
        }

        existing.Replace(survey, answers, proposals, now);
        await responses.UpdateAsync(existing, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(existing, cancellationToken).ConfigureAwait(false);
        return existing.Id;
    }
}
