package org.medinsure.warehouse.ingest.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;

/** A Hadoop configuration that travels to the executors, so tasks open files as the driver does (S3A keys, HDFS). */
public final class SerializableConfiguration implements Serializable {
    private transient Configuration value;

    public SerializableConfiguration(Configuration value) {
        this.value = new Configuration(value);
    }

    public Configuration get() {
        return value;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        value.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        value = new Configuration(false);
        value.readFields(in);
    }
}
