package workshop.kit.compare.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** Runs something while every core is kept busy by a thread that only burns CPU: a slow machine on demand. */
final class BusyMachine {
    private BusyMachine() {}

    static <T> T whileBusy(Supplier<T> work) throws InterruptedException {
        AtomicBoolean hogging = new AtomicBoolean(true);
        List<Thread> hogs = new ArrayList<>();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            Thread hog = new Thread(
                    () -> {
                        long spin = 0;
                        while (hogging.get()) {
                            spin = spin * 31 + 1; // nothing but CPU time
                        }
                        if (spin == 42) {
                            System.out.print(""); // keeps the loop from being optimised away
                        }
                    },
                    "cpu-hog-" + i);
            hog.setDaemon(true);
            hog.start();
            hogs.add(hog);
        }
        try {
            return work.get();
        } finally {
            hogging.set(false);
            for (Thread hog : hogs) {
                hog.join();
            }
        }
    }
}
