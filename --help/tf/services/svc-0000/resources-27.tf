resource "aws_s3_bucket" "r27_0" {
  name = "${local.name}-27-0"
  tags = merge(local.tags, { part = "27" })
  description = "generated resource 51033 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r27_1" {
  name = "${local.name}-27-1"
  tags = merge(local.tags, { part = "27" })
  description = "generated resource 47896 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r27_2" {
  name = "${local.name}-27-2"
  tags = merge(local.tags, { part = "27" })
  description = "generated resource 10401 for benchmarks; mentions 0.0.0.0/0 only in text"
}

