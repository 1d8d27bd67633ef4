resource "aws_cloudwatch_log_group" "r3_0" {
  name = "${local.name}-3-0"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 62761 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r3_1" {
  name = "${local.name}-3-1"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 95163 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r3_2" {
  name = "${local.name}-3-2"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 55946 for benchmarks; mentions 0.0.0.0/0 only in text"
}

