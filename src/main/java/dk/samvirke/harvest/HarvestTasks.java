package dk.samvirke.harvest;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dk.samvirke.shared.SamvirkeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The harvest's db-scheduler tasks: the tasks live in the database, so queued harvests survive a
 * restart, and each due execution is picked by exactly one application node.
 */
@Configuration(proxyBeanMethods = false)
class HarvestTasks {

    static final String HARVEST_REPOSITORY = "harvest-repository";
    static final String HARVEST_ALL = "harvest-all-repositories";

    @Bean
    OneTimeTask<Long> harvestRepositoryTask(HarvestJobRunner runner) {
        return Tasks.oneTime(HARVEST_REPOSITORY, Long.class)
                .execute((instance, context) -> runner.run(instance.getData()));
    }

    @Bean
    RecurringTask<Void> harvestAllTask(SamvirkeProperties properties, HarvestManagement management) {
        return Tasks.recurring(HARVEST_ALL, Schedules.parseSchedule(properties.harvest().schedule()))
                .execute((instance, context) -> management.harvestAll());
    }
}
