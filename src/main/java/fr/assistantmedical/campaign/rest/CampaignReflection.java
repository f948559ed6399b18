package fr.assistantmedical.campaign.rest;

import fr.assistantmedical.campaign.Figures;
import fr.assistantmedical.campaign.ImportSummary;
import fr.assistantmedical.campaign.ReviewAgenda;
import fr.assistantmedical.campaign.StatisticsService;
import fr.assistantmedical.campaign.TargetInput;
import fr.assistantmedical.campaign.model.FollowUp;
import fr.assistantmedical.campaign.model.ImportRecord;
import fr.assistantmedical.campaign.model.Target;
import fr.assistantmedical.campaign.model.Visit;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The campaign's classes that Jackson reads or writes nested in answers or from import lines (native image). */
@RegisterForReflection(targets = {TargetInput.class, ImportSummary.class, ImportSummary.LineError.class,
    ImportSummary.Violation.class, ImportRecord.class, Target.LastVisit.class, Visit.class, FollowUp.class,
    Figures.CampaignFigures.class, Figures.SpecialtyFigures.class, Figures.OptionFigures.class,
    Figures.ProgrammeFigures.class, StatisticsService.CampaignStatistics.class,
    StatisticsService.ProgrammeStatistics.class, ReviewAgenda.Agenda.class, ReviewAgenda.Entry.class,
    ReviewAgenda.Objective.class, ReviewAgenda.Counts.class, ReviewAgenda.LastReview.class,
    CampaignViews.CampaignView.class, CampaignViews.CampaignPage.class, CampaignViews.TargetSummary.class,
    CampaignViews.TargetPage.class, CampaignViews.TargetView.class, CampaignViews.FollowUpView.class})
public final class CampaignReflection {

    private CampaignReflection() {
    }
}
