/** Reference data about Chinese cities: pinyin identifiers, Chinese names and provinces. */
package org.clearlot.platform.geo;
