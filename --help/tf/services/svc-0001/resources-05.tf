resource "aws_dynamodb_table" "r5_0" {
  name = "${local.name}-5-0"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 58206 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r5_1" {
  name = "${local.name}-5-1"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 60647 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r5_2" {
  name = "${local.name}-5-2"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 62116 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r5_3" {
  name = "${local.name}-5-3"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 39813 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r5_4" {
  name = "${local.name}-5-4"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 19391 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r5_5" {
  name = "${local.name}-5-5"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 57518 for benchmarks; mentions 0.0.0.0/0 only in text"
}

