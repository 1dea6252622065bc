package org.medinsure.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConcurrentlyTest {
    @Test
    void bothJobsRunAtTheSameTime() {
        // each waits for the other to have started: run one after the other, they would time out
        CountDownLatch started = new CountDownLatch(2);
        AtomicBoolean firstSawSecond = new AtomicBoolean();
        AtomicBoolean secondSawFirst = new AtomicBoolean();
        Concurrently.run(() -> firstSawSecond.set(meet(started)), () -> secondSawFirst.set(meet(started)), "second");
        assertThat(firstSawSecond).isTrue();
        assertThat(secondSawFirst).isTrue();
    }

    @Test
    void aFailedFirstJobLetsTheSecondFinishAndIsThrownAfterIt() {
        AtomicBoolean secondDone = new AtomicBoolean();
        assertThatThrownBy(() -> Concurrently.run(() -> {
            throw new IllegalStateException("exports failed");
        }, () -> {
            sleep(200);
            secondDone.set(true);
        }, "second")).isInstanceOf(IllegalStateException.class).hasMessage("exports failed");
        assertThat(secondDone).isTrue();
    }

    @Test
    void aFailedSecondJobIsThrownAfterTheFirstFinished() {
        AtomicBoolean firstDone = new AtomicBoolean();
        assertThatThrownBy(() -> Concurrently.run(() -> {
            sleep(200);
            firstDone.set(true);
        }, () -> {
            throw new IllegalArgumentException("reports failed");
        }, "second")).isInstanceOf(IllegalArgumentException.class).hasMessage("reports failed");
        assertThat(firstDone).isTrue();
    }

    @Test
    void whenBothFailTheSecondFailureIsAttachedToTheFirst() {
        assertThatThrownBy(() -> Concurrently.run(() -> {
            throw new IllegalStateException("exports failed");
        }, () -> {
            throw new IllegalStateException("reports failed");
        }, "second")).hasMessage("exports failed")
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("reports failed"));
    }

    private static boolean meet(CountDownLatch started) {
        started.countDown();
        try {
            return started.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
