resource "aws_cloudwatch_log_group" "r5_0" {
  name = "${local.name}-5-0"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 230 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r5_1" {
  name = "${local.name}-5-1"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 56399 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r5_2" {
  name = "${local.name}-5-2"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 31129 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r5_3" {
  name = "${local.name}-5-3"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 68695 for benchmarks; mentions 0.0.0.0/0 only in text"
}

